/** The signed-in user's sessions, read and ended under row-level security (own rows only). */
@NullMarked
package com.payerlink.session.domain;

import org.jspecify.annotations.NullMarked;
