package com.payerlink.core.database;

import lombok.RequiredArgsConstructor;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** After each migration (as the owner): the embedded database's payerlink_app may log in, with its password. */
@RequiredArgsConstructor
public class PortalLoginProvisioning implements Callback {

    private final PortalLogin login;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE && login.provisioned();
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (PreparedStatement format = context.getConnection()
            .prepareStatement("select format('alter role %I with login password %L', ?, ?)")) {
            format.setString(1, login.username());
            format.setString(2, login.password());
            try (ResultSet sql = format.executeQuery(); Statement s = context.getConnection().createStatement()) {
                sql.next();
                s.execute(sql.getString(1));
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not give " + login.username() + " its login: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "payerlink-portal-login";
    }

}
