package dev.torrentctl.backend.transmission.scripted;

import dev.torrentctl.daemons.scripted.TransmissionSessionKit;

/** The session tests of daemons' {@link TransmissionSessionKit}, through the "transmission" backend. */
class RpcSessionTest extends TransmissionSessionKit {
    @Override
    protected String backend() {
        return "transmission";
    }

    @Override
    protected String daemonVersion() {
        return "4.0.6 (abc)";
    }

    @Override
    protected int rpcVersion() {
        return 17;
    }
}
