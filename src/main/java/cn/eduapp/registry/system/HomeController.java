package cn.eduapp.registry.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public landing page and each signed-in user's start page (its cards are the user's navigation). */
@Controller
class HomeController {

    @GetMapping("/")
    String index() {
        return "index";
    }

    @GetMapping("/home")
    String home() {
        return "home";
    }
}
