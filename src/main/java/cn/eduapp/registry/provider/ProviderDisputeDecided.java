package cn.eduapp.registry.provider;

import cn.eduapp.registry.shared.Actor;
import cn.eduapp.registry.shared.AuditableEvent;
import cn.eduapp.registry.shared.ProviderId;

/**
 * The city decided a dispute. Upheld: the provider record passed to the disputing party (the holder's accounts
 * disabled, the record unclaimed with a claim code for the disputant); rejected: nothing changed but the reason.
 */
public record ProviderDisputeDecided(Actor actor, String disputeId, ProviderId providerId, String creditCode, boolean upheld,
                                     String comment, int accountsDisabled) implements AuditableEvent {
    public String action() { return "PROVIDER_DISPUTE_DECIDED"; }
    public String entityType() { return "PROVIDER"; }
    public String entityId() { return providerId.value(); }
    public String summary() {
        return "单位身份争议" + (upheld ? "成立，单位记录转交争议方，停用原账号 " + accountsDisabled + " 个" : "不成立")
                + "：" + comment;
    }
}
