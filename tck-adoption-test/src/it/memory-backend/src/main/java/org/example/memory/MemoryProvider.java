package org.example.memory;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.ClientConfig;
import dev.torrentctl.api.spi.ApiProvider;

/** Registers the backend under the name "memory" (see META-INF/services). */
public final class MemoryProvider implements ApiProvider {
    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Api open(ClientConfig config) {
        return new MemoryApi(config);
    }
}
