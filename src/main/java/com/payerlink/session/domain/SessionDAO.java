package com.payerlink.session.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.payerlink.db.Tables.USER_SESSION;

/** The user's own session rows: queries name the user, and row-level security shows nobody else's. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionDAO {

    private final DSLContext dsl;

    List<SignedInSession> open(UUID userId, OffsetDateTime seenSince, UUID current) {
        return dsl.selectFrom(USER_SESSION)
            .where(USER_SESSION.USER_ID.eq(userId).and(USER_SESSION.ENDED_AT.isNull())
                .and(USER_SESSION.LAST_SEEN_AT.ge(seenSince).or(USER_SESSION.ID.eq(current))))
            .orderBy(USER_SESSION.LAST_SEEN_AT.desc())
            .fetch(r -> new SignedInSession(r.getId(), r.getClientAddress(), r.getUserAgent(), r.getStartedAt(),
                    r.getLastSeenAt(), r.getId().equals(current)));
    }

    boolean end(UUID userId, UUID sessionId) {
        return dsl.update(USER_SESSION).set(USER_SESSION.ENDED_AT, OffsetDateTime.now())
            .where(USER_SESSION.ID.eq(sessionId).and(USER_SESSION.USER_ID.eq(userId)).and(USER_SESSION.ENDED_AT.isNull()))
            .execute() == 1;
    }

    Map<UUID, OffsetDateTime> lastSignIns(UUID tenantId) {
        return dsl.select(USER_SESSION.USER_ID, DSL.max(USER_SESSION.STARTED_AT))
            .from(USER_SESSION)
            .where(USER_SESSION.TENANT_ID.eq(tenantId))
            .groupBy(USER_SESSION.USER_ID)
            .fetchMap(r -> r.value1(), r -> r.value2());
    }

    void endAll() {
        dsl.execute("select payerlink_sessions_end_all()");
    }

}
