package dev.torrentctl.daemons.faults;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Reports each test's peak heap (the sum of the heap pools' peaks, reset before the test), as
 * {@code heap peak: <test>: N MiB}, for the fault suite's table. A report, not an assertion: the
 * bound is the {@code -Xmx} the tests run with.
 */
public final class HeapPeak implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("heap peak: %s › %s: %d MiB (max %d MiB)%n", context.getRequiredTestClass().getSimpleName(),
                context.getDisplayName(), peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
