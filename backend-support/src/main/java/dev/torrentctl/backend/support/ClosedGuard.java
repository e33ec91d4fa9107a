package dev.torrentctl.backend.support;

import java.util.concurrent.atomic.AtomicBoolean;

/** Whether a client is closed: {@code close()} once, every other call after it an {@link IllegalStateException}. */
public final class ClosedGuard {
    private final String backend;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param backend the backend name, for the message */
    public ClosedGuard(String backend) {
        this.backend = backend;
    }

    /** @return true the first time only: the caller then releases what it holds */
    public boolean close() {
        return closed.compareAndSet(false, true);
    }

    /** @throws IllegalStateException once closed */
    public void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("[" + backend + "] this client is closed");
        }
    }
}
