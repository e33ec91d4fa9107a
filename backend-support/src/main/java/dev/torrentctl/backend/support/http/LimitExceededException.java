package dev.torrentctl.backend.support.http;

import java.io.IOException;

/** An answer went beyond a {@link dev.torrentctl.api.ResponseLimits} limit; the transport makes it a protocol error. */
public final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param what which limit and how to raise it */
    public LimitExceededException(String what) {
        super(what);
    }
}
