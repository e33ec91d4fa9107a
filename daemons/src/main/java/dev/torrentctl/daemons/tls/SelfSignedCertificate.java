package dev.torrentctl.daemons.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A fresh RSA key and self-signed certificate, made for one test by the JDK's own {@code keytool}
 * (the JDK has no public API to sign a certificate), valid for {@code localhost} and
 * {@code 127.0.0.1} unless other names are given. Servers use {@link #serverContext()} or the PEM
 * files; clients trust {@link #certificate()} or {@link #trustStore()}.
 */
public final class SelfSignedCertificate {
    private static final String ALIAS = "server";
    private final char[] storePassword = UUID.randomUUID().toString().toCharArray();
    private final KeyStore keyStore;

    private SelfSignedCertificate(KeyStore keyStore) {
        this.keyStore = keyStore;
    }

    /** @return a certificate for {@code localhost} and {@code 127.0.0.1} */
    public static SelfSignedCertificate forLocalhost() {
        return forNames("localhost", "dns:localhost", "ip:127.0.0.1");
    }

    /**
     * @param commonName the subject's CN
     * @param subjectAltNames SAN entries in keytool's form ({@code dns:NAME}, {@code ip:ADDRESS})
     * @return a certificate for those names
     */
    public static SelfSignedCertificate forNames(String commonName, String... subjectAltNames) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("torrentctl-cert");
            Path file = dir.resolve("server.p12");
            SelfSignedCertificate made = new SelfSignedCertificate(KeyStore.getInstance("PKCS12"));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "7",
                    "-dname", "CN=" + commonName, "-storetype", "PKCS12", "-keystore", file.toString(),
                    "-storepass", new String(made.storePassword), "-keypass", new String(made.storePassword)));
            if (subjectAltNames.length > 0) {
                command.add("-ext");
                command.add("SAN=" + String.join(",", subjectAltNames));
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("keytool failed: " + output);
            }
            try (InputStream in = Files.newInputStream(file)) {
                made.keyStore.load(in, made.storePassword);
            }
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making a certificate", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    /** @return the certificate */
    public X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore.getCertificate(ALIAS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the private key */
    public PrivateKey privateKey() {
        try {
            return (PrivateKey) keyStore.getKey(ALIAS, storePassword);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a trust store holding only the certificate, as a client would load it */
    public KeyStore trustStore() {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setCertificateEntry("trusted", certificate());
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a server-side TLS context presenting this certificate */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore, storePassword);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the certificate in PEM */
    public String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the private key in PEM (PKCS #8) */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Override
    public String toString() {
        return "SelfSignedCertificate[" + certificate().getSubjectX500Principal() + "]";
    }
}
