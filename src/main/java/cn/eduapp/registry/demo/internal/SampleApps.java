package cn.eduapp.registry.demo.internal;

import cn.eduapp.registry.rules.Audience;
import cn.eduapp.registry.rules.DataMeasure;
import cn.eduapp.registry.rules.Declaration;
import cn.eduapp.registry.rules.PlatformType;
import cn.eduapp.registry.rules.Scenario;
import cn.eduapp.registry.rules.Subject;
import java.util.List;

/**
 * Declarations that pass every rule for a Beijing provider: apps outside subject training (PE, arts, reading,
 * home-school contact, school management), so no licences are needed.
 */
final class SampleApps {

    /** What an app is for: its description, audiences, scenarios and subjects. */
    enum Kind {
        SPORTS("体育锻炼打卡与体质健康记录", List.of(Audience.PRIMARY, Audience.PARENTS),
                List.of(Scenario.STUDENT_LEARNING, Scenario.HOME_SCHOOL), List.of(Subject.PHYSICAL_EDUCATION)),
        ARTS("美育课程与作品展示", List.of(Audience.PRIMARY, Audience.JUNIOR_SECONDARY),
                List.of(Scenario.TEACHING, Scenario.STUDENT_LEARNING), List.of(Subject.MUSIC, Subject.FINE_ARTS)),
        HOME_SCHOOL("家校沟通、通知与请假", List.of(Audience.PARENTS, Audience.TEACHERS),
                List.of(Scenario.HOME_SCHOOL), List.of()),
        MANAGEMENT("校园管理：排课、考勤与宿舍", List.of(Audience.TEACHERS, Audience.SENIOR_SECONDARY),
                List.of(Scenario.SCHOOL_MANAGEMENT, Scenario.STUDENT_LIFE), List.of()),
        PRACTICE("综合实践活动与劳动教育记录", List.of(Audience.JUNIOR_SECONDARY, Audience.SENIOR_SECONDARY),
                List.of(Scenario.STUDENT_LEARNING, Scenario.STUDENT_LIFE),
                List.of(Subject.COMPREHENSIVE_PRACTICE, Subject.LABOUR_AND_TECHNOLOGY));

        final String description;
        final List<Audience> audiences;
        final List<Scenario> scenarios;
        final List<Subject> subjects;

        Kind(String description, List<Audience> audiences, List<Scenario> scenarios, List<Subject> subjects) {
            this.description = description;
            this.audiences = audiences;
            this.scenarios = scenarios;
            this.subjects = subjects;
        }
    }

    private SampleApps() {
    }

    static Declaration app(String name, String androidId, Kind kind) {
        return new Declaration(name, kind.description, "1.0.0", List.of(new Declaration.Platform(PlatformType.ANDROID, androidId)),
                kind.audiences, kind.scenarios, kind.subjects, false, false,
                new Declaration.Features(false, false, false, false, false),
                new Declaration.DataProtection(true, true, true, "https://www.example.cn/privacy",
                        List.of(DataMeasure.COLLECTION, DataMeasure.STORAGE, DataMeasure.TRANSMISSION, DataMeasure.USE), false),
                new Declaration.Operations(true, true, true, true, true, true, "https://www.example.cn/complaints"),
                "京ICP备12345678号-1A", "11010899999-00001");
    }

    /** The same app as a new version with a longer description: a change (变更) for the city to review. */
    static Declaration revised(Declaration app) {
        return new Declaration(app.name(), app.description() + "；新增课后服务预约", "1.1.0", app.platforms(), app.audiences(),
                app.scenarios(), app.subjects(), app.offersSubjectTraining(), app.generalPurposeTool(), app.features(),
                app.dataProtection(), app.operations(), app.icpFilingNumber(), app.mlpsFilingNumber());
    }
}
