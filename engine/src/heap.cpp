#include "heap.h"

#include <cstdlib>
#include <new>
#include <vector>

namespace ls {

Heap*& current_heap() {
    static thread_local Heap* heap = nullptr;
    return heap;
}

namespace {
thread_local size_t g_live_instances = 0;
}

size_t live_object_instances() { return g_live_instances; }

namespace {

// Freed blocks of up to kMaxCached bytes, one list per 16-byte size class, kept for reuse.
// Each block is its own malloc allocation, so a block freed on another thread than the one
// that allocated it is simply cached there; the cache is returned to malloc at thread exit.
constexpr size_t kGranule = 16, kMaxCached = 512, kClasses = kMaxCached / kGranule, kMaxPerClass = 4096;

struct BlockCache {
    struct FreeBlock { FreeBlock* next; };
    FreeBlock* lists[kClasses] = {};
    size_t counts[kClasses] = {};
    ~BlockCache() {
        for (FreeBlock* b : lists)
            while (b) {
                FreeBlock* next = b->next;
                std::free(b);
                b = next;
            }
    }
};

thread_local BlockCache g_blocks;

// Under AddressSanitizer every object goes straight to malloc and free, so a use after free
// is reported instead of landing in a recycled block.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LOOPSCOPE_NO_BLOCK_CACHE 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(LOOPSCOPE_NO_BLOCK_CACHE)
#define LOOPSCOPE_NO_BLOCK_CACHE 1
#endif
#ifdef LOOPSCOPE_NO_BLOCK_CACHE
constexpr bool kUseBlockCache = false;
#else
constexpr bool kUseBlockCache = true;
#endif

size_t size_class(size_t size) { return (size + kGranule - 1) / kGranule - 1; }

}  // namespace

void* Object::operator new(size_t size) {
    if (kUseBlockCache && size <= kMaxCached) {
        size_t c = size_class(size);
        if (auto* b = g_blocks.lists[c]) {
            g_blocks.lists[c] = b->next;
            --g_blocks.counts[c];
            return b;
        }
        size = (c + 1) * kGranule;
    }
    if (void* p = std::malloc(size)) return p;
    throw std::bad_alloc();
}

void Object::operator delete(void* p, size_t size) {
    if (kUseBlockCache && size <= kMaxCached) {
        size_t c = size_class(size);
        if (g_blocks.counts[c] < kMaxPerClass) {
            auto* b = static_cast<BlockCache::FreeBlock*>(p);
            b->next = g_blocks.lists[c];
            g_blocks.lists[c] = b;
            ++g_blocks.counts[c];
            return;
        }
    }
    std::free(p);
}

Object::Object(TypeObject* t) : type(t) {
    ++g_live_instances;
    if (Heap* h = current_heap()) h->link(this);
}

Object::~Object() {
    --g_live_instances;
    if (Heap* h = current_heap()) {
        if (heap_prev || heap_next || h->head == this) h->unlink(this);
    }
}

void destroy_object(Object* o) {
    // Freeing a deeply nested container frees its children recursively; past a depth the
    // rest is queued and freed iteratively (CPython's "trashcan"), so the C++ stack is safe.
    static thread_local int depth = 0;
    static thread_local std::vector<Object*> deferred;
    if (o->resurrect()) return;
    if (depth > 256) {
        deferred.push_back(o);
        return;
    }
    ++depth;
    delete o;
    --depth;
    if (depth == 0) {
        while (!deferred.empty()) {
            Object* next = deferred.back();
            deferred.pop_back();
            ++depth;
            delete next;
            --depth;
        }
    }
}

void Heap::link(Object* o) {
    o->serial = next_serial++;
    o->heap_next = head;
    if (head) head->heap_prev = o;
    head = o;
    ++live_objects;
}

void Heap::unlink(Object* o) {
    if (o->heap_prev) o->heap_prev->heap_next = o->heap_next;
    else head = o->heap_next;
    if (o->heap_next) o->heap_next->heap_prev = o->heap_prev;
    o->heap_prev = o->heap_next = nullptr;
    --live_objects;
}

void Heap::teardown() {
    // Pin every object, make each drop the references it holds, then unpin: whatever only a
    // cycle kept alive now reaches refcount zero and is freed by the ordinary path. Objects
    // still referenced from outside (the VM's own Refs) survive until those Refs go.
    std::vector<Object*> all;
    all.reserve(live_objects);
    for (Object* o = head; o; o = o->heap_next) {
        incref(o);
        all.push_back(o);
    }
    for (Object* o : all) o->clear_refs();
    for (Object* o : all) decref(o);
}

}  // namespace ls
