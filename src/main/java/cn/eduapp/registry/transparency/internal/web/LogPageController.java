package cn.eduapp.registry.transparency.internal.web;

import cn.eduapp.registry.transparency.internal.Checkpoints;
import cn.eduapp.registry.transparency.internal.LogSigner;
import cn.eduapp.registry.transparency.internal.persistence.LogStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 公示日志 for people: what the log is, how an app store checks it, the current checkpoint and key. */
@Controller
class LogPageController {

    private final Checkpoints checkpoints;
    private final LogSigner signer;
    private final LogStore store;

    LogPageController(Checkpoints checkpoints, LogSigner signer, LogStore store) {
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.store = store;
    }

    @GetMapping("/public/log")
    String log(Model model) {
        model.addAttribute("checkpoint", checkpoints.latest().map(Checkpoints.Issued::note).orElse(null));
        model.addAttribute("checkpointSize", checkpoints.latest().map(Checkpoints.Issued::size).orElse(null));
        model.addAttribute("key", signer.verifierKey().orElse(null));
        model.addAttribute("size", store.size());
        model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        return "transparency/log";
    }
}
