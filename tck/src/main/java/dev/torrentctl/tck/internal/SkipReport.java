package dev.torrentctl.tck.internal;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints every test the kit skips, with its reason, where a build shows it (Maven's console shows
 * only a count, the reasons being in the XML reports): a kit that reports what it did not check.
 */
public final class SkipReport implements TestWatcher {
    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        String where = context.getParent().flatMap(ExtensionContext::getParent).map(ExtensionContext::getDisplayName)
                .filter(n -> !n.equals("JUnit Jupiter")).map(n -> n + " › ").orElse("");
        String area = context.getParent().map(ExtensionContext::getDisplayName).orElse("");
        System.out.println("[torrentctl TCK] not checked: " + where + area + " › " + context.getDisplayName() + ": "
                + Optional.ofNullable(cause.getMessage()).orElse(cause.toString()));
    }
}
