/**
 * Package inspection (安装包检测, issue 10): a filing's Android package is uploaded, its manifest, signing
 * certificates and code are read, SDKs that contradict the declaration become pre-check findings, and the
 * signer certificates of each package are announced ({@link cn.eduapp.registry.inspection.PackageInspected}) so the
 * public side can tell a repackaged copy of a registered app apart.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "rules", "filing"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.inspection;
