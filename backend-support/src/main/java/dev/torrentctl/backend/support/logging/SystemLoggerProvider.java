package dev.torrentctl.backend.support.logging;

import java.util.ServiceLoader;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J 2 provider that sends HttpClient's logging to {@link System.Logger}, where torrentctl
 * logs, with secrets redacted ({@link dev.torrentctl.api.spi.Redaction}). It is not registered with
 * {@link ServiceLoader}, so it never competes with an application's own provider (Logback, Log4j,
 * slf4j-simple...): {@link #selectIfNoOther()} names it in the {@code slf4j.provider} system property
 * only when that property is unset and no other provider is on the class or module path. Then
 * SLF4J prints one line saying it loads this provider, instead of its three-line "no providers,
 * NOP" warning, and HttpClient's logs (wire and headers at TRACE and DEBUG) can be seen.
 */
public final class SystemLoggerProvider implements SLF4JServiceProvider {
    /** The system property SLF4J 2 reads for an explicit provider. */
    public static final String PROVIDER_PROPERTY = "slf4j.provider";
    private ILoggerFactory loggers;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    /** For SLF4J. */
    public SystemLoggerProvider() {}

    /** Selects this provider unless the application has one, or chose one; idempotent. */
    public static synchronized void selectIfNoOther() {
        if (System.getProperty(PROVIDER_PROPERTY) != null) {
            return;
        }
        try {
            if (ServiceLoader.load(SLF4JServiceProvider.class, SystemLoggerProvider.class.getClassLoader()).findFirst()
                    .isPresent()) {
                return;
            }
            System.setProperty(PROVIDER_PROPERTY, SystemLoggerProvider.class.getName());
        } catch (java.util.ServiceConfigurationError | SecurityException e) {
            // leave SLF4J to its defaults
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        loggers = SystemLoggerAdapter::new;
        markers = new BasicMarkerFactory();
        mdc = new NOPMDCAdapter();
    }
}
