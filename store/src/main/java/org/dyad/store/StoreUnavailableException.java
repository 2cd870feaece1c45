package org.dyad.store;

import java.sql.SQLException;

/**
 * A store that cannot be opened, with a message for the user that says why and what to do: another
 * process holds it, or the file is not a store, is damaged, or is of another version.
 */
public final class StoreUnavailableException extends SQLException {
    private static final long serialVersionUID = 1L;

    StoreUnavailableException(String message) {
        super(message);
    }

    StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
