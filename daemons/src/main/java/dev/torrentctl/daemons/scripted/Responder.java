package dev.torrentctl.daemons.scripted;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Decides the answer to one request of a {@link ScriptedHttpServer}. */
@FunctionalInterface
public interface Responder {

    /**
     * @param request the request as received
     * @return the answer
     * @throws Exception to answer 500 with the exception's message
     */
    ScriptedResponse respond(RecordedRequest request) throws Exception;

    /**
     * @param response the answer
     * @return a responder that always gives it
     */
    static Responder always(ScriptedResponse response) {
        return request -> response;
    }

    /**
     * @param responses answers in order
     * @return a responder that gives each answer once, in order, and then repeats the last
     */
    static Responder inTurn(ScriptedResponse... responses) {
        if (responses.length == 0) {
            throw new IllegalArgumentException("at least one response is needed");
        }
        List<ScriptedResponse> list = List.of(responses);
        AtomicInteger next = new AtomicInteger();
        return request -> list.get(Math.min(next.getAndIncrement(), list.size() - 1));
    }
}
