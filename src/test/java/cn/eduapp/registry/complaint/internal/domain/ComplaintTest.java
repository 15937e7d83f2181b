package cn.eduapp.registry.complaint.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eduapp.registry.complaint.Agency;
import cn.eduapp.registry.complaint.ComplaintCategory;
import cn.eduapp.registry.complaint.ComplaintOutcome;
import cn.eduapp.registry.complaint.ComplaintStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    private static Complaint received(ComplaintCategory category, String filingNumber) {
        return Complaint.received("id", "TS20261130-ABCDEF", "hash", category, "某应用", null, filingNumber, "描述",
                null, null, null, null, NOW, NOW.plus(Duration.ofDays(21)));
    }

    @Test
    void aComplaintIsRoutedByItsCategoryAndFlaggedWhenTheAppHasNoFilingNumber() {
        assertThat(received(ComplaintCategory.ICP_FILING, null).agency()).isEqualTo(Agency.CA);
        assertThat(received(ComplaintCategory.ICP_FILING, null).unfiledApp()).isTrue();
        assertThat(received(ComplaintCategory.FEES, "教APP备1100001号").unfiledApp()).isFalse();
    }

    @Test
    void aResolvedComplaintCanNeitherBeResolvedNorReassignedAgain() {
        Complaint c = received(ComplaintCategory.FEES, null);
        c.resolve(ComplaintOutcome.UNSUBSTANTIATED, "不属实", null, "city-reviewer", NOW);
        assertThat(c.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThatThrownBy(() -> c.resolve(ComplaintOutcome.SUBSTANTIATED, "属实", null, "x", NOW))
                .isInstanceOf(Complaint.Refused.class);
        assertThatThrownBy(() -> c.reassign(Agency.CA, null)).isInstanceOf(Complaint.Refused.class);
    }

    @Test
    void reassignmentGoesToAnotherAgencyOnly() {
        Complaint c = received(ComplaintCategory.FEES, null);
        assertThatThrownBy(() -> c.reassign(Agency.EDUCATION_COMMISSION, null)).isInstanceOf(Complaint.Refused.class);
        c.reassign(Agency.CAC, "org");
        assertThat(c.agency()).isEqualTo(Agency.CAC);
        assertThat(c.agencyOrganisationId()).isEqualTo("org");
    }

    @Test
    void onlyASubstantiatedComplaintLeadsToARectificationOrder() {
        Complaint open = received(ComplaintCategory.PHOTO_SEARCH, null);
        assertThatThrownBy(() -> open.linkRectification("r1")).isInstanceOf(Complaint.Refused.class);
        Complaint unfounded = received(ComplaintCategory.PHOTO_SEARCH, null);
        unfounded.resolve(ComplaintOutcome.UNSUBSTANTIATED, "不属实", null, "c", NOW);
        assertThatThrownBy(() -> unfounded.linkRectification("r1")).isInstanceOf(Complaint.Refused.class);
        Complaint founded = received(ComplaintCategory.PHOTO_SEARCH, null);
        founded.resolve(ComplaintOutcome.SUBSTANTIATED, "属实", null, "c", NOW);
        founded.linkRectification("r1");
        assertThat(founded.rectificationId()).isEqualTo("r1");
        assertThatThrownBy(() -> founded.linkRectification("r2")).isInstanceOf(Complaint.Refused.class);
    }

    @Test
    void overdueMeansStillOpenAfterTheDueDate() {
        Complaint c = received(ComplaintCategory.FEES, null);
        assertThat(c.overdueAt(NOW.plus(Duration.ofDays(22)))).isTrue();
        assertThat(c.overdueAt(NOW.plus(Duration.ofDays(20)))).isFalse();
        c.resolve(ComplaintOutcome.REFERRED, "已转", null, "c", NOW.plus(Duration.ofDays(30)));
        assertThat(c.overdueAt(NOW.plus(Duration.ofDays(40)))).isFalse();
    }
}
