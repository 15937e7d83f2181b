package cn.eduapp.registry.transparency.internal.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.transparency.internal.Checkpoints;
import cn.eduapp.registry.transparency.internal.LogSigner;
import cn.eduapp.registry.transparency.internal.persistence.LogStore;
import cn.eduapp.registry.transparency.internal.MerkleTree;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log for anyone (no login): the signed checkpoint, the verifier key, entries, and proofs as RFC 9162
 * §2.1.3–2.1.4 define them, hashes in standard base64.
 */
@RestController
@RequestMapping("/api/v1/public/log")
class LogApiController {

    static final int MAX_ENTRIES = 1000;

    record Item(long index, String leaf) {
    }

    record Entries(List<Item> items) {
    }

    record InclusionProof(long leafIndex, long treeSize, List<String> auditPath) {
    }

    record ConsistencyProof(long first, long second, List<String> proof) {
    }

    private final Checkpoints checkpoints;
    private final LogSigner signer;
    private final LogStore store;
    private final LogParams params;

    LogApiController(Checkpoints checkpoints, LogSigner signer, LogStore store, LogParams params) {
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.store = store;
        this.params = params;
    }

    @GetMapping(value = "/checkpoint", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    String checkpoint() {
        return checkpoints.current().map(Checkpoints.Issued::note).orElseThrow(LogApiController::unsigned);
    }

    @GetMapping(value = "/key", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
    String key() {
        return signer.verifierKey().map(k -> k + "\n").orElseThrow(LogApiController::unsigned);
    }

    @GetMapping("/entries")
    Entries entries(@RequestParam(required = false) @Nullable String start, @RequestParam(required = false) @Nullable String end) {
        long from = params.number("start", start, 0);
        long to = params.number("end", end, from + 1);
        return new Entries(store.entries(from, Math.min(to, from + MAX_ENTRIES)).stream()
                .map(s -> new Item(s.index(), s.leaf())).toList());
    }

    @GetMapping("/proof/inclusion")
    InclusionProof inclusion(@RequestParam(required = false) @Nullable String index,
                             @RequestParam(required = false) @Nullable String treeSize) {
        long size = params.number("treeSize", treeSize, 1);
        long leaf = params.number("index", index, 0);
        params.within("treeSize", size, store.size());
        params.below("index", leaf, size);
        List<byte[]> path = store.withNodes(nodes -> MerkleTree.inclusion(nodes, leaf, size));
        return new InclusionProof(leaf, size, base64(path));
    }

    @GetMapping("/proof/consistency")
    ConsistencyProof consistency(@RequestParam(required = false) @Nullable String first,
                                 @RequestParam(required = false) @Nullable String second) {
        long m = params.number("first", first, 0);
        long n = params.number("second", second, 0);
        params.within("second", n, store.size());
        params.within("first", m, n);
        List<byte[]> proof = store.withNodes(nodes -> MerkleTree.consistency(nodes, m, n));
        return new ConsistencyProof(m, n, base64(proof));
    }

    /** The latest entry about a filing in the tree of {@code treeSize} (what verify-log --filing proves). */
    @GetMapping("/latest")
    Item latest(@RequestParam(required = false) @Nullable String filingNumber,
                @RequestParam(required = false) @Nullable String treeSize) {
        long size = params.number("treeSize", treeSize, 0);
        if (filingNumber == null || filingNumber.isBlank()) {
            throw params.missing("filingNumber");
        }
        long index = store.latestOfFiling(filingNumber.strip(), size).orElseThrow(ApiProblem::notFound);
        return store.entry(index).map(s -> new Item(s.index(), s.leaf())).orElseThrow(ApiProblem::notFound);
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(h -> Base64.getEncoder().encodeToString(h)).toList();
    }

    private static ApiProblem unsigned() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "transparency.unsigned", List.of());
    }

}
