package cn.eduapp.registry.enforcement.internal;

import cn.eduapp.registry.enforcement.CaseOutcome;
import cn.eduapp.registry.enforcement.internal.domain.EnforcementCase;
import cn.eduapp.registry.system.web.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The 处理决定书's paragraphs: the facts, the statement and why it was or was not accepted (or that none came),
 * the legal basis, the outcome, and the remedies (行政复议 within 60 days, 行政诉讼 within six months).
 */
@Component
public class DecisionTexts {

    private final Messages messages;

    DecisionTexts(Messages messages) {
        this.messages = messages;
    }

    public String addressee(EnforcementCase c) {
        return messages.get("enforcement.document.addressee", c.providerName, c.creditCode);
    }

    public List<String> decision(EnforcementCase c, LocalDate today, @Nullable LocalDate listedUntil) {
        List<String> p = new ArrayList<>();
        p.add(c.facts);
        p.add(c.statement() == null
                ? messages.get("enforcement.decision.noStatement", Documents.minute(c.statementDueAt))
                : messages.get("enforcement.decision.statement", Documents.minute(c.statementAt()), c.statement()));
        p.add(messages.get("enforcement.decision.reasons", String.valueOf(c.reasons())));
        CaseOutcome outcome = c.outcome();
        String number = String.valueOf(c.filingNumber);
        p.add(switch (outcome == null ? CaseOutcome.NO_ACTION : outcome) {
            case REVOKE -> messages.get("enforcement.decision.outcome.REVOKE", Revocations.CLAUSE, c.appName, number,
                    Documents.DAY.format(today), Documents.DAY.format(listedUntil == null ? today : listedUntil));
            case NO_ACTION -> messages.get("enforcement.decision.outcome.NO_ACTION", c.appName, number);
            case EXTEND -> messages.get("enforcement.decision.outcome.EXTEND", Documents.minute(c.newDeadline()));
        });
        if (outcome == CaseOutcome.REVOKE) {
            p.add(messages.get("enforcement.decision.remedies"));
        }
        return p;
    }
}
