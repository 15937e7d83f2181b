package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.HomeController;
import cn.eduapp.registry.system.web.WaitingWork;

import cn.eduapp.registry.shared.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page and each signed-in user's start page: what waits for them, then their tasks. */
@Controller
class HomeController {

    private final List<WaitingWork> work;

    HomeController(List<WaitingWork> work) {
        this.work = work;
    }

    @GetMapping("/")
    String index() {
        return "index";
    }

    @GetMapping("/home")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("waiting", work.stream().flatMap(w -> w.waitingFor(user).stream()).toList());
        return "home";
    }
}
