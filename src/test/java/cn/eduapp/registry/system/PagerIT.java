package cn.eduapp.registry.system;

import static cn.eduapp.registry.support.Fixtures.expect;
import static cn.eduapp.registry.support.PublicationFixtures.encode;
import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Fixtures;
import cn.eduapp.registry.support.IntegrationTest;
import cn.eduapp.registry.support.PublicationFixtures;
import org.junit.jupiter.api.Test;

/** The one pager fragment: its links keep the list's search and filters and change only the page. */
class PagerIT extends IntegrationTest {

    @Test
    void nextAndPreviousKeepTheSearchAndReplaceOnlyThePage() {
        PublicationFixtures pub = new PublicationFixtures(api());
        String m = PublicationFixtures.marker();
        Fixtures.Provider p = fixtures().beijingCompany();
        pub.registered(p, m + "分页甲");
        PublicationFixtures.App last = pub.registered(p, m + "分页乙");
        pub.awaitPublicStatus(last.filingNumber(), "REGISTERED");
        String q = encode(m);

        String only = expect(api().get("/public/whitelist?q=" + q, null), 200).body();
        assertThat(only).contains("共 2 条").doesNotContain("page=");

        String beyond = expect(api().get("/public/whitelist?q=" + q + "&page=1", null), 200).body();
        assertThat(beyond).contains("href=\"/public/whitelist?q=" + q + "&amp;page=0\"").doesNotContain("page=2");
    }
}
