package dev.torrentctl.backend.transmission.stub.scripted;

import dev.torrentctl.daemons.scripted.TransmissionSessionKit;

/** The session tests of daemons' {@link TransmissionSessionKit}, through the "transmission-stub" backend. */
class RpcSessionTest extends TransmissionSessionKit {
    @Override
    protected String backend() {
        return "transmission-stub";
    }

    @Override
    protected String daemonVersion() {
        return "4.1.4 (abc)";
    }

    @Override
    protected int rpcVersion() {
        return 18;
    }
}
