package dev.torrentctl.api.internal;

import dev.torrentctl.api.BackendNotFoundException;
import dev.torrentctl.api.spi.ApiProvider;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The providers one class loader finds, by name, and the ones that failed to load. Not API. */
public final class ProviderRegistry {
    private static final System.Logger LOG = System.getLogger("dev.torrentctl.api");

    private final Map<String, List<ApiProvider>> byName;
    private final List<ServiceConfigurationError> failures;

    private ProviderRegistry(Map<String, List<ApiProvider>> byName, List<ServiceConfigurationError> failures) {
        this.byName = byName;
        this.failures = failures;
    }

    /** Loads every provider {@code classLoader} (or, if null, the system class loader) can see. */
    public static ProviderRegistry load(ClassLoader classLoader) {
        ServiceLoader<ApiProvider> loader = classLoader == null ? ServiceLoader.load(ApiProvider.class)
                : ServiceLoader.load(ApiProvider.class, classLoader);
        Map<String, List<ApiProvider>> byName = new TreeMap<>();
        List<ServiceConfigurationError> failures = new ArrayList<>();
        Iterator<ApiProvider> it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                ApiProvider p = it.next();
                byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
                LOG.log(Level.DEBUG, () -> "found backend " + p.name() + " (" + p.getClass().getName() + ")");
            } catch (ServiceConfigurationError e) {
                LOG.log(Level.WARNING, "a torrentctl backend failed to load: " + e.getMessage(), e);
                failures.add(e);
            }
        }
        return new ProviderRegistry(byName, failures);
    }

    /** The names found, sorted. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The single provider registered under {@code name}. */
    public ApiProvider provider(String name) {
        List<ApiProvider> found = byName.getOrDefault(name, List.of());
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new BackendNotFoundException(name, names(), "backend \"" + name + "\" is registered more than once: "
                    + found.stream().map(p -> p.getClass().getName()).toList()
                    + "; keep one torrentctl-backend artifact per client on the class path", null);
        }
        StringBuilder message = new StringBuilder("no backend named \"").append(name).append("\". Available: ")
                .append(names()).append(". Add the matching torrentctl-backend-* artifact to the class path.");
        for (ServiceConfigurationError e : failures) {
            message.append(" A backend failed to load: ").append(e.getMessage());
            if (e.getCause() != null) {
                message.append(" (").append(e.getCause()).append(")");
            }
            message.append('.');
        }
        BackendNotFoundException error = new BackendNotFoundException(name, names(), message.toString(),
                failures.isEmpty() ? null : failures.get(0));
        failures.stream().skip(1).forEach(error::addSuppressed);
        throw error;
    }
}
