package cn.eduapp.registry.rules;

/**
 * The documents a filing carries beside its declaration (issue 21): the signed 承诺书 the platform writes, the ICP
 * and 等保 (MLPS) proofs, the published policies, the licences' copies and anything else. Which of them a submission
 * needs is the rule {@code MATERIALS} of the rule set.
 */
public enum MaterialKind {
    COMMITMENT_LETTER, ICP_PROOF, MLPS_PROOF, PRIVACY_POLICY, USER_AGREEMENT, PLATFORM_RULES, LICENCE_COPY, OTHER
}
