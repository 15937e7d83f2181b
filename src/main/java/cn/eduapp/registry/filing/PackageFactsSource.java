package cn.eduapp.registry.filing;

import cn.eduapp.registry.rules.PackageFacts;
import java.util.Optional;

/**
 * Where the pre-check finds what a filing's package really contains. The inspection module implements
 * it (it depends on filing, not the other way round); without it, pre-checks read declarations only.
 */
public interface PackageFactsSource {

    Optional<PackageFacts> latestFor(String filingId);
}
