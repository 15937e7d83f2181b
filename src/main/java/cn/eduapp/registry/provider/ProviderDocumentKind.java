package cn.eduapp.registry.provider;

/** The documents a provider's verification rests on. */
public enum ProviderDocumentKind {
    /** 营业执照 or 登记证书. */
    REGISTRATION_CERTIFICATE,
    /** 授权委托书 for the person registering, signed and sealed. */
    AUTHORISATION_LETTER
}
