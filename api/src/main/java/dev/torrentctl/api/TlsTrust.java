package dev.torrentctl.api;

import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * Which server certificates an HTTPS connection trusts. Verification (of the chain and the host
 * name) is always on; only the trust anchors change.
 *
 * @since 0.1
 */
public sealed interface TlsTrust {

    /** @return the JVM's default trust store */
    static TlsTrust systemDefault() {
        return SystemDefault.INSTANCE;
    }

    /** @param trustStore the certificates to trust as anchors @return that trust */
    static TlsTrust trustStore(KeyStore trustStore) {
        return new TrustStore(trustStore);
    }

    /**
     * Trusts exactly this certificate, typically a client's self-signed one. The host name must
     * still match it.
     *
     * @param certificate the server's certificate
     * @return that trust
     */
    static TlsTrust pinnedCertificate(X509Certificate certificate) {
        return new PinnedCertificate(certificate);
    }

    /** The JVM's default trust store. */
    enum SystemDefault implements TlsTrust {
        /** The only instance. */
        INSTANCE;

        @Override
        public String toString() {
            return "SystemDefault";
        }
    }

    /**
     * A custom trust store.
     *
     * @param keyStore the trust anchors
     */
    record TrustStore(KeyStore keyStore) implements TlsTrust {
        /** Checks for null. */
        public TrustStore {
            Objects.requireNonNull(keyStore, "keyStore");
        }

        @Override
        public String toString() {
            return "TrustStore[" + keyStore.getType() + "]";
        }
    }

    /**
     * One trusted certificate.
     *
     * @param certificate the certificate
     */
    record PinnedCertificate(X509Certificate certificate) implements TlsTrust {
        /** Checks for null. */
        public PinnedCertificate {
            Objects.requireNonNull(certificate, "certificate");
        }

        @Override
        public String toString() {
            return "PinnedCertificate[" + certificate.getSubjectX500Principal() + "]";
        }
    }
}
