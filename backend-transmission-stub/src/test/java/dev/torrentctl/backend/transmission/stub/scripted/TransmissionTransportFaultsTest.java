package dev.torrentctl.backend.transmission.stub.scripted;

import dev.torrentctl.daemons.faults.TransmissionTransportFaultKit;

/** The transport's fault probes of daemons' {@link TransmissionTransportFaultKit}, through the "transmission-stub" backend. */
class TransmissionTransportFaultsTest extends TransmissionTransportFaultKit {
    @Override
    protected String backend() {
        return "transmission-stub";
    }

    @Override
    protected String daemonVersion() {
        return "4.1.4";
    }

    @Override
    protected int rpcVersion() {
        return 19;
    }
}
