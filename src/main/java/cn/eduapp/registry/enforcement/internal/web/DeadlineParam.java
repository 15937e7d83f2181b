package cn.eduapp.registry.enforcement.internal.web;

import cn.eduapp.registry.enforcement.internal.Deadlines;
import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.Messages;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** A deadline or date in a request body: a date (the end of that Beijing day) or a timestamp; else 400. */
@Component
class DeadlineParam {

    private final Messages messages;

    DeadlineParam(Messages messages) {
        this.messages = messages;
    }

    /** A moment that has happened: a date is the start of that Beijing day. */
    Instant moment(String text, String field) {
        return Deadlines.parseMoment(text).orElseThrow(() ->
                ApiProblem.badField(field, "INVALID_VALUE", messages.get("enforcement.deadline.invalid")));
    }

    Instant parse(String text, String field) {
        return Deadlines.parse(text).orElseThrow(() ->
                ApiProblem.badField(field, "INVALID_VALUE", messages.get("enforcement.deadline.invalid")));
    }
}
