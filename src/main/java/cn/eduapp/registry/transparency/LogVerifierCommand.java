package cn.eduapp.registry.transparency;

import cn.eduapp.registry.transparency.internal.MerkleTree;
import cn.eduapp.registry.transparency.internal.SignedNote;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar eduapp-registry.jar verify-log --url BASE [--since FILE] [--filing NUMBER] [--key VKEY]}:
 * run before Spring starts, with nothing but an HTTP client. Checks the checkpoint's signature, its
 * consistency with the checkpoint kept in FILE from the last run (then keeps the new one there), and with
 * --filing the inclusion of that filing's latest entry. One line says what was proved; exit 0 when all
 * held, 1 on any mismatch, 2 when it could not ask (usage, network).
 */
public final class LogVerifierCommand {

    static final String DEFAULT_STATE = "eduapp-log-checkpoint.txt";

    static final class Mismatch extends Exception {
        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    private LogVerifierCommand(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static int run(String[] args, PrintStream out) {
        String url = null;
        String since = DEFAULT_STATE;
        String filing = null;
        String key = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--since" -> since = args[i + 1];
                case "--filing" -> filing = args[i + 1];
                case "--key" -> key = args[i + 1];
                default -> url = null;
            }
        }
        if (url == null || args.length % 2 != 0) {
            out.println("用法：verify-log --url 平台地址 [--since 检查点文件] [--filing 备案号] [--key 验证密钥]");
            return 2;
        }
        try {
            out.println("验证通过：" + new LogVerifierCommand(url).verify(Path.of(since), filing, key));
            return 0;
        } catch (Mismatch e) {
            out.println("验证失败：" + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            out.println("无法完成验证：" + e);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private String verify(Path state, String filing, String pinnedKey) throws IOException, InterruptedException, Mismatch {
        String key = pinnedKey != null ? pinnedKey.strip() : get("/key").strip();
        String origin = key.split("\\+")[0];
        String note = get("/checkpoint");
        String text = SignedNote.open(note, key).orElseThrow(() -> new Mismatch("检查点的签名与密钥 " + key + " 不符"));
        SignedNote.Checkpoint now = checkpoint(text);
        if (!now.origin().equals(origin)) {
            throw new Mismatch("检查点的来源 " + now.origin() + " 不是密钥的名称 " + origin);
        }
        List<String> proved = new ArrayList<>();
        proved.add("检查点（" + origin + "，" + now.size() + " 条）签名有效");
        if (Files.exists(state)) {
            String oldNote = Files.readString(state, StandardCharsets.UTF_8);
            SignedNote.Checkpoint before = checkpoint(SignedNote.open(oldNote, key)
                    .orElseThrow(() -> new Mismatch("上次保存的检查点（" + state + "）不是此密钥签名的")));
            proved.add(consistent(before, now));
        }
        if (filing != null) {
            proved.add(included(filing, now));
        }
        Files.writeString(state, note, StandardCharsets.UTF_8);
        return String.join("；", proved) + "。";
    }

    private String consistent(SignedNote.Checkpoint before, SignedNote.Checkpoint now) throws IOException, InterruptedException, Mismatch {
        if (before.size() > now.size()) {
            throw new Mismatch("日志变短了：上次 " + before.size() + " 条，现在 " + now.size() + " 条");
        }
        List<byte[]> proof = before.size() == now.size() || before.size() == 0 ? List.of()
                : hashes(getJson("/proof/consistency?first=" + before.size() + "&second=" + now.size()).path("proof"));
        if (!MerkleTree.verifyConsistency(before.size(), now.size(), before.root(), now.root(), proof)) {
            throw new Mismatch("现在的日志（" + now.size() + " 条）不是上次（" + before.size() + " 条）的延续：已有记录被改写");
        }
        return "与上次的检查点（" + before.size() + " 条）一致，没有记录被改写或删除";
    }

    private String included(String filing, SignedNote.Checkpoint now) throws IOException, InterruptedException, Mismatch {
        JsonNode latest = getJson("/latest?treeSize=" + now.size() + "&filingNumber=" + URLEncoder.encode(filing, StandardCharsets.UTF_8));
        long index = latest.path("index").asLong();
        String leaf = latest.path("leaf").asString();
        JsonNode parsed = json.readTree(leaf);
        if (!filing.equals(parsed.path("filingNumber").asString()) || parsed.path("seq").asLong(-1) != index) {
            throw new Mismatch("第 " + index + " 条记录不是备案号 " + filing + " 的");
        }
        List<byte[]> path = hashes(getJson("/proof/inclusion?index=" + index + "&treeSize=" + now.size()).path("auditPath"));
        byte[] hash = MerkleTree.leafHash(leaf.getBytes(StandardCharsets.UTF_8));
        if (!MerkleTree.verifyInclusion(index, now.size(), hash, path, now.root())) {
            throw new Mismatch("备案号 " + filing + " 的第 " + index + " 条记录与签名的检查点不符：记录被改动过");
        }
        return "备案号 " + filing + " 的最新记录（第 " + index + " 条，" + parsed.path("kind").asString() + "，"
                + parsed.path("status").asString() + "）在日志中";
    }

    private static SignedNote.Checkpoint checkpoint(String text) throws Mismatch {
        try {
            return SignedNote.parseCheckpoint(text);
        } catch (IllegalArgumentException e) {
            throw new Mismatch("签名的文本不是检查点：" + e.getMessage());
        }
    }

    private List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(Base64.getDecoder().decode(n.asString())));
        return out;
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException, Mismatch {
        return json.readTree(get(path));
    }

    private String get(String path) throws IOException, InterruptedException, Mismatch {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/log" + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 404 && path.startsWith("/latest")) {
            throw new Mismatch("截至此检查点，日志中没有该备案号的记录");
        }
        if (r.statusCode() != 200) {
            throw new IOException(path + " answered " + r.statusCode());
        }
        return r.body();
    }

}
