/**
 * App stores (分发平台, 京教信〔2022〕5号 四(三)): their accounts, which the CAC creates and revokes; the
 * verify API they call before listing an app and on every update; the releases they report, and the
 * alerts a release of an unregistered app raises for the CAC.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "system::*", "identity", "publication", "rules"})
@org.jspecify.annotations.NullMarked
package cn.eduapp.registry.distribution;
