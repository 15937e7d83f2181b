/**
 * Package inspection (安装包检测, issue 10): a filing's Android package is uploaded, its manifest, signing
 * certificates and code are read, SDKs that contradict the declaration become pre-check findings, and the
 * certificates a filing had when it was registered are kept so a repackaged copy can be told apart.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system", "rules", "filing", "distribution"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.inspection;
