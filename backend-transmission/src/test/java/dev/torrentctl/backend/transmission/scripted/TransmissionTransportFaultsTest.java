package dev.torrentctl.backend.transmission.scripted;

import dev.torrentctl.daemons.faults.TransmissionTransportFaultKit;

/** The transport's fault probes of daemons' {@link TransmissionTransportFaultKit}, through the "transmission" backend. */
class TransmissionTransportFaultsTest extends TransmissionTransportFaultKit {
    @Override
    protected String backend() {
        return "transmission";
    }

    @Override
    protected String daemonVersion() {
        return "4.0.6";
    }

    @Override
    protected int rpcVersion() {
        return 17;
    }
}
