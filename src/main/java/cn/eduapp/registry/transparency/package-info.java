/**
 * The public, verifiable log of every change of the public lists (Certificate Transparency, RFC 9162):
 * each change is one leaf appended in the transaction of the change, hashed into a Merkle tree whose
 * signed checkpoints (C2SP tlog-checkpoint, signed note with Ed25519) anyone can check with the
 * {@code verify-log} command. Listens synchronously to the filing and provider events that change a list;
 * other modules (announcements) append through {@link cn.eduapp.registry.transparency.TransparencyManagement}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "filing", "provider", "enforcement"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.transparency;
