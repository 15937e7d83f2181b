package cn.eduapp.registry.complaint.internal.web;

import cn.eduapp.registry.complaint.Agency;
import cn.eduapp.registry.complaint.ComplaintCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import cn.eduapp.registry.complaint.internal.ComplaintSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 投诉须知: what can be complained about, who handles it, how long it takes and how the answer arrives. */
@Controller
class ComplaintGuidePageController {

    private final int dueWorkingDays;

    ComplaintGuidePageController(ComplaintSettings settings) {
        this.dueWorkingDays = settings.dueWorkingDays();
    }

    @GetMapping("/public/complaints/guide")
    String guide(Model model) {
        Map<Agency, List<ComplaintCategory>> byAgency = Arrays.stream(ComplaintCategory.values())
                .collect(Collectors.groupingBy(ComplaintCategory::agency, () -> new java.util.EnumMap<>(Agency.class),
                        Collectors.toList()));
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("byAgency", byAgency);
        model.addAttribute("dueWorkingDays", dueWorkingDays);
        return "complaint/guide";
    }
}
