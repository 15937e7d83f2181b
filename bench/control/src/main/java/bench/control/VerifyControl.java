package bench.control;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One primary-key read of the stored verify answer per request, nothing else: the floor verify is measured against. */
@SpringBootApplication
@RestController
public class VerifyControl {

    private final JdbcClient jdbc;

    VerifyControl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/verify")
    ResponseEntity<String> verify(@RequestParam String platform, @RequestParam String identifier) {
        String body = jdbc.sql("select body from pub_verify where platform = ? and identifier = ?")
                .params(platform, identifier).query(String.class).optional().orElse("{\"status\":\"NOT_FILED\"}");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    public static void main(String[] args) {
        SpringApplication.run(VerifyControl.class, args);
    }
}
