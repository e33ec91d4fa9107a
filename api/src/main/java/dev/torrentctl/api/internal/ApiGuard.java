package dev.torrentctl.api.internal;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.BackendFailureException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * Keeps {@link Error}s of a backend or its libraries from escaping an {@link Api} call as such: a
 * {@link LinkageError}, {@link StackOverflowError}, {@link AssertionError} or
 * {@link ExceptionInInitializerError} becomes a {@link BackendFailureException}. Other
 * {@link VirtualMachineError}s ({@link OutOfMemoryError}) pass: the JVM may not recover. Not API.
 */
public final class ApiGuard implements InvocationHandler {
    private final String backend;
    private final Api target;

    private ApiGuard(String backend, Api target) {
        this.backend = backend;
        this.target = target;
    }

    /** @return the client {@code open} gives, behind the guard; {@code open}'s own errors are guarded too */
    public static Api guard(String backend, Supplier<Api> open) {
        Api api;
        try {
            api = open.get();
        } catch (Error e) {
            throw wrapOrRethrow(backend, "open", e);
        }
        return (Api) Proxy.newProxyInstance(Api.class.getClassLoader(), new Class<?>[] {Api.class},
                new ApiGuard(backend, api));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw wrapOrRethrow(backend, method.getName(), error);
            }
            throw cause;
        }
    }

    private static RuntimeException wrapOrRethrow(String backend, String operation, Error e) {
        if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
            throw e;
        }
        return new BackendFailureException(backend, operation, e);
    }
}
