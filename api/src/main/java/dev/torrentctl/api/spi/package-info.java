/**
 * The service-provider interface: a backend implements {@link dev.torrentctl.api.spi.ApiProvider}
 * and registers it with {@link java.util.ServiceLoader} (both {@code META-INF/services} and
 * {@code provides} in {@code module-info}). Its compatibility is proven by the torrentctl TCK.
 */
package dev.torrentctl.api.spi;
