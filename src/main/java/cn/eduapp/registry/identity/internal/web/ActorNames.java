package cn.eduapp.registry.identity.internal.web;

import cn.eduapp.registry.identity.internal.persistence.OrganisationRepository;
import cn.eduapp.registry.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages name whoever did something (histories, the audit trail): the unit and its role for an
 * account, 系统自动 for the system, 公众 for the anonymous public; never a username or an address.
 * Templates call it as {@code ${@actorNames.of(h.actor)}}.
 */
@Component("actorNames")
class ActorNames {

    private final OrganisationRepository organisations;
    private final MessageSource messages;

    ActorNames(OrganisationRepository organisations, MessageSource messages) {
        this.organisations = organisations;
        this.messages = messages;
    }

    public String of(String actor) {
        if (actor == null || actor.isBlank() || "system".equals(actor)) {
            return text("actor.system");
        }
        if (Actor.NATIONAL_PLATFORM.username().equals(actor)) {
            return text("actor.national");
        }
        if (actor.startsWith("anonymous@") || "anonymous".equals(actor)) {
            return text("actor.public");
        }
        return organisations.nameOfAccount(actor).orElse(text("actor.unknown"));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
