package org.dyad.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.dyad.format.EventJson;
import org.dyad.model.ErrorCode;

/**
 * An RFC 9457 problem: the body of every refused request, sent as {@code application/problem+json}
 * with Dyad's stable error code ({@code DYAD-A..} for requests, the quarantine codes {@code DYAD-I..},
 * {@code DYAD-N..}, {@code DYAD-C..} for articles), its name, what was wrong and how to fix it.
 *
 * @param status the HTTP status
 * @param code the stable code, e.g. {@code DYAD-A01}
 * @param error the code's name, e.g. {@code BAD_PARAMETER}
 * @param title what went wrong, in a few words
 * @param detail what exactly was wrong with this request
 * @param fix how to fix it
 */
public record Problem(int status, String code, String error, String title, String detail, String fix) {
    /** The media type of a problem. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem's status was " + status + "; it is 4xx or 5xx");
        }
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
    }

    /** A refused request. */
    public static Problem of(ApiError e, String detail) {
        return new Problem(e.status(), e.id(), e.name(), e.title(), detail, e.fix());
    }

    /** A posted article that was quarantined, with the quarantine's code (sent as 422). */
    public static Problem of(ErrorCode e, String detail) {
        return new Problem(422, e.id(), e.name(), e.summary(), detail, e.fix());
    }

    /** The JSON body; {@code instance} is the request's path. */
    public ObjectNode toJson(String instance) {
        ObjectNode o = EventJson.mapper().createObjectNode();
        o.put("type", "urn:dyad:error:" + code);
        o.put("title", title);
        o.put("status", status);
        o.put("detail", detail);
        o.put("instance", instance);
        o.put("code", code);
        o.put("error", error);
        o.put("fix", fix);
        return o;
    }
}
