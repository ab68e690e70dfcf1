package org.veche.api.store;

import java.sql.SQLException;

/** A database statement failed: a server fault, never the client's. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StoreException(String sql, SQLException cause) {
        super("Database statement failed (" + cause.getMessage() + "): " + sql, cause);
    }
}
