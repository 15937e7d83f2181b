package cn.eduapp.registry.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eduapp.registry.support.Api;
import cn.eduapp.registry.support.BrowserTest;
import cn.eduapp.registry.support.CreditCodes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A provider registers and files an app; the city returns then approves it; the national step registers it. */
class FilingJourneyBrowserIT extends BrowserTest {

    static final String PASSWORD = "Browser-Passw0rd!";

    /** A small PDF on disk for a file input. */
    private static String document(String name) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempDirectory("journey").resolve(name + ".pdf");
            java.nio.file.Files.write(file, cn.eduapp.registry.support.Fixtures.PDF);
            file.toFile().deleteOnExit();
            return file.toAbsolutePath().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void providerFilesCityReviewsNationalStepRegistersAndTheNumberAppears() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String username = "browser-" + suffix;
        String appName = "海淀体育打卡" + suffix;

        // registration, with a field error first: a wrong credit code stays next to its field, input kept
        open("/register");
        type(By.id("name"), "北京浏览器测试科技有限公司" + suffix);
        type(By.id("creditCode"), "91110108MA01XJ3K2B");
        type(By.id("contactName"), "李四");
        type(By.id("contactPhone"), "13900000000");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        assertThat(pageText()).contains("校验码");
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).endsWith(suffix);
        screenshot("provider-register-error");
        String creditCode = CreditCodes.generate("91", "110108");
        type(By.id("creditCode"), creditCode);
        type(By.id("password"), PASSWORD);
        // issue 21: the registration certificate and the authorisation letter go with the registration
        driver.findElement(By.id("certificate")).sendKeys(document("营业执照"));
        driver.findElement(By.id("letter")).sendKeys(document("授权委托书"));
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        waitFor(By.id("username"));
        assertThat(pageText()).contains("注册成功", "核验材料已提交");

        // the city checks the documents against the credit code (单位核验) before the provider may submit
        login("city-reviewer", Api.DEMO_PASSWORD);
        open("/providers/verification?q=" + creditCode);
        clickAndWait(By.partialLinkText("北京浏览器测试科技有限公司" + suffix));
        assertThat(pageText()).contains(creditCode, "李四", "13900000000", "营业执照或登记证书", "授权委托书");
        check(By.cssSelector("input[name=verified][value=true]"));
        submitConfirmed(By.cssSelector("form[action^='/providers/verification/'] button[type=submit]"));
        assertThat(pageText()).contains("已核验通过");

        // licences
        login(username, PASSWORD);
        open("/provider/profile");
        new Select(driver.findElement(By.id("type"))).selectByValue("SCHOOL_RUNNING_LICENCE");
        type(By.id("number"), "教民111010870000001");
        type(By.id("issuer"), "北京市海淀区教育委员会");
        driver.findElement(By.id("validFrom")).sendKeys("01012025");
        driver.findElement(By.id("validUntil")).sendKeys("12312030");
        clickAndWait(By.cssSelector("form[action='/provider/licences'] button"));
        assertThat(pageText()).contains("证照已添加", "教民111010870000001", "有效");

        // a draft missing most declarations: the pre-check says what is wrong, with clauses
        open("/filings/new");
        type(By.id("name"), appName);
        type(By.id("platform-id-0"), "cn.browser.pe" + suffix);
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        waitFor(By.cssSelector(".filing-number"));
        clickAndWait(By.xpath("//button[text()='开展自查']"));
        assertThat(pageText()).contains("COMPLAINT_ENTRY", "京教信〔2022〕5号 三（六）", "SCOPE");
        screenshot("provider-precheck-findings");

        // fix it: the full declaration
        clickAndWait(By.linkText("修改申报"));
        for (String v : new String[] {"PRIMARY", "PARENTS"}) {
            check(By.cssSelector("input[name=audiences][value=" + v + "]"));
        }
        check(By.cssSelector("input[name=scenarios][value=STUDENT_LEARNING]"));
        check(By.cssSelector("input[name=subjects][value=PHYSICAL_EDUCATION]"));
        check(By.cssSelector("input[name=offersSubjectTraining]"));
        check(By.cssSelector("input[name='dataProtection.collectsPersonalInfo']"));
        check(By.cssSelector("input[name='dataProtection.collectsMinorsInfo']"));
        check(By.cssSelector("input[name='dataProtection.guardianConsent']"));
        for (String m : new String[] {"COLLECTION", "STORAGE", "TRANSMISSION", "USE"}) {
            check(By.cssSelector("input[name='dataProtection.measures'][value=" + m + "]"));
        }
        type(By.id("privacyPolicyUrl"), "https://example.cn/privacy");
        for (String o : new String[] {"contentReview", "accountManagement", "emergencyResponse", "staffing",
                "publishedRules", "userAgreement"}) {
            check(By.cssSelector("input[name='operations." + o + "']"));
        }
        type(By.id("complaintEntryUrl"), "https://example.cn/complaints");
        type(By.id("icpFilingNumber"), "京ICP备12345678号-1A");
        type(By.id("mlpsFilingNumber"), "11010899999-00001");
        screenshot("provider-declaration-form");
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        waitFor(By.cssSelector(".filing-number"));
        clickAndWait(By.xpath("//button[text()='开展自查']"));
        assertThat(pageText()).contains("非学科培训类", "MATERIALS").doesNotContain("COMPLAINT_ENTRY");

        // the materials (issue 21): the 承诺书 to download, then the three required documents through the form
        assertThat(driver.findElement(By.linkText("下载承诺书（按申报生成，签字盖章后上传）")).getAttribute("href"))
                .endsWith("/commitment-letter");
        java.nio.file.Path scan = java.nio.file.Files.createTempFile("scan", ".pdf");
        java.nio.file.Files.write(scan, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        for (String kind : new String[] {"COMMITMENT_LETTER", "ICP_PROOF", "MLPS_PROOF"}) {
            new Select(driver.findElement(By.id("material-kind"))).selectByValue(kind);
            driver.findElement(By.id("material-file")).sendKeys(scan.toAbsolutePath().toString());
            clickAndWait(By.cssSelector("form[action$='/materials'] button[type=submit]"));
            assertThat(pageText()).contains("材料已上传");
        }
        assertThat(pageText()).contains("承诺书（签字盖章）", "ICP 备案证明", "网络安全等级保护备案证明");
        screenshot("provider-materials");
        clickAndWait(By.linkText("检查并提交"));
        submitConfirmed(By.xpath("//button[text()='提交审核']"));
        assertThat(waitFor(By.cssSelector("h1 .badge")).getText()).isEqualTo("市教委审核中");
        String filingUrl = driver.getCurrentUrl();

        // the city returns it with a comment
        login("city-reviewer", Api.DEMO_PASSWORD);
        open("/filings?status=CITY_REVIEW&q=" + suffix);
        clickAndWait(By.linkText(appName));
        assertThat(pageText()).contains("预检结果", "申报内容", "PHYSICAL_EDUCATION".isEmpty() ? "" : "体育与健康");
        assertThat(pageText()).contains("备案材料", "承诺书（签字盖章）");
        assertThat(driver.findElements(By.cssSelector("#materials a[href*='/materials/']"))).hasSize(3);
        screenshot("city-review-materials");
        driver.findElement(By.cssSelector("input[name=decision][value=RETURN]")).click();
        type(By.id("comment"), "请补充应用简介");
        screenshot("city-review-decision");
        submitConfirmed(By.cssSelector(".decision button[type=submit]"));
        assertThat(waitFor(By.cssSelector("h1 .badge")).getText()).isEqualTo("退回补正");

        // the provider resubmits
        login(username, PASSWORD);
        driver.get(filingUrl);
        assertThat(pageText()).contains("请补充应用简介");
        clickAndWait(By.linkText("修改申报"));
        type(By.id("description"), "小学生体育锻炼打卡");
        clickAndWait(By.cssSelector("main form button[type=submit]"));
        waitFor(By.cssSelector(".filing-number"));
        clickAndWait(By.linkText("检查并提交"));
        submitConfirmed(By.xpath("//button[text()='提交审核']"));
        assertThat(waitFor(By.cssSelector("h1 .badge")).getText()).isEqualTo("市教委审核中");

        // the city approves, the national step registers
        login("city-reviewer", Api.DEMO_PASSWORD);
        driver.get(filingUrl);
        driver.findElement(By.cssSelector("input[name=decision][value=APPROVE]")).click();
        submitConfirmed(By.cssSelector(".decision button[type=submit]"));
        assertThat(waitFor(By.cssSelector("h1 .badge")).getText()).isEqualTo("教育部审核备案中");
        login("moe-reviewer", Api.DEMO_PASSWORD);
        open("/filings?status=MOE_REVIEW&q=" + suffix);
        clickAndWait(By.linkText(appName));
        driver.findElement(By.cssSelector("input[name=decision][value=REGISTER]")).click();
        submitConfirmed(By.cssSelector(".decision button[type=submit]"));
        assertThat(waitFor(By.cssSelector("h1 .badge")).getText()).isEqualTo("已备案");

        // the provider sees the number
        login(username, PASSWORD);
        driver.get(filingUrl);
        assertThat(text(By.cssSelector(".filing-number"))).matches("教APP备11\\d{5}号");
        open("/filings");
        assertThat(pageText()).contains(appName, "已备案");
        screenshot("provider-registered");
    }
}
