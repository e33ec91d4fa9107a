package dev.torrentctl.tck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.torrentctl.api.Api;
import dev.torrentctl.api.Capability;
import dev.torrentctl.api.FileEntry;
import dev.torrentctl.api.FilePriority;
import dev.torrentctl.api.InvalidInputException;
import dev.torrentctl.api.TorrentNotFoundException;
import dev.torrentctl.api.TorrentRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A torrent's files: listing, priorities, renaming files and folders. */
public abstract class FilesContract extends Contract {

    private static FileEntry file(List<FileEntry> files, String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no file ending in " + suffix + " in " + files));
    }

    @Test
    @DisplayName("files are listed with their paths, sizes, progress and normal priority")
    void filesAreListed() {
        requires(Capability.FILES, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Fixture f = Fixture.create(newestKind());
        addStopped(f);
        List<FileEntry> files = context().api().files(f.ref());
        assertThat(files).extracting(FileEntry::path)
                .containsExactly(f.name() + "/" + Fixture.FILE_A, f.name() + "/" + Fixture.FILE_B);
        assertThat(files).extracting(FileEntry::sizeBytes).containsExactly((long) Fixture.FILE_A_SIZE,
                (long) Fixture.FILE_B_SIZE);
        assertThat(files).extracting(FileEntry::index).containsExactly(0, 1);
        assertThat(files).allSatisfy(e -> {
            assertThat(e.progress()).isZero();
            assertThat(e.priority()).isEqualTo(FilePriority.NORMAL);
        });
    }

    @Test
    @DisplayName("a skipped file is not downloaded: its priority shows and the wanted size shrinks")
    void filePriorities() {
        requires(Capability.FILES, Capability.FILE_PRIORITIES, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture f = Fixture.create(newestKind());
        addStopped(f);
        int b = file(api.files(f.ref()), Fixture.FILE_B).index();
        api.setFilePriority(f.ref(), Set.of(b), FilePriority.SKIP);
        context().poller().until("file " + b + " is skipped", () -> api.files(f.ref()),
                files -> file(files, Fixture.FILE_B).isSkipped());
        awaitState(f.ref(), "wants only " + Fixture.FILE_A, t -> t.sizeBytes() < Fixture.FILE_A_SIZE + Fixture.FILE_B_SIZE);

        int a = file(api.files(f.ref()), Fixture.FILE_A).index();
        api.setFilePriority(f.ref(), Set.of(a), FilePriority.HIGH);
        api.setFilePriority(f.ref(), Set.of(b), FilePriority.NORMAL);
        List<FileEntry> files = context().poller().until("priorities high and normal", () -> api.files(f.ref()),
                l -> file(l, Fixture.FILE_A).priority() == FilePriority.HIGH
                        && file(l, Fixture.FILE_B).priority() == FilePriority.NORMAL);
        assertThat(files).hasSize(2);
        awaitState(f.ref(), "wants both files again", t -> t.sizeBytes() == Fixture.FILE_A_SIZE + Fixture.FILE_B_SIZE);
    }

    @Test
    @DisplayName("the low file priority is set and read back, the file still wanted")
    void lowFilePriority() {
        requires(Capability.FILES, Capability.FILE_PRIORITY_LOW, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        onePriorityLevel(FilePriority.LOW);
    }

    @Test
    @DisplayName("the maximum file priority is set and read back, the file still wanted")
    void maximumFilePriority() {
        requires(Capability.FILES, Capability.FILE_PRIORITY_MAXIMUM, Capability.ADD_TORRENT_FILE,
                Capability.GET_TORRENT);
        onePriorityLevel(FilePriority.MAXIMUM);
    }

    private void onePriorityLevel(FilePriority level) {
        Api api = context().api();
        Fixture f = Fixture.create(newestKind());
        addStopped(f);
        int a = file(api.files(f.ref()), Fixture.FILE_A).index();
        api.setFilePriority(f.ref(), Set.of(a), level);
        List<FileEntry> files = context().poller().until("file " + a + " shows " + level, () -> api.files(f.ref()),
                l -> file(l, Fixture.FILE_A).priority() == level);
        assertThat(file(files, Fixture.FILE_B).priority()).isEqualTo(FilePriority.NORMAL);
        assertThat(file(files, Fixture.FILE_A).isSkipped()).isFalse();
        awaitState(f.ref(), "wants both files", t -> t.sizeBytes() == Fixture.FILE_A_SIZE + Fixture.FILE_B_SIZE);
    }

    @Test
    @DisplayName("a priority for a file index the torrent does not have is refused, naming the indexes")
    void unknownFileIndexIsRefused() {
        requires(Capability.FILE_PRIORITIES, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Fixture f = Fixture.create(FixtureKind.V1);
        addStopped(f);
        assertThatThrownBy(() -> context().api().setFilePriority(f.ref(), Set.of(7), FilePriority.SKIP))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("indexes");
        TorrentRef unknown = Fixture.create(FixtureKind.MAGNET).ref();
        assertThatThrownBy(() -> context().api().setFilePriority(unknown, Set.of(0), FilePriority.SKIP))
                .isInstanceOf(TorrentNotFoundException.class);
    }

    @Test
    @DisplayName("renaming a file and a folder shows in the file list")
    void renameFileAndFolder() {
        requires(Capability.FILES, Capability.RENAME_FILES, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Api api = context().api();
        Fixture f = Fixture.create(newestKind());
        addStopped(f);
        String root = f.name() + "/";
        api.renameFile(f.ref(), root + Fixture.FILE_A, root + "renamed.bin");
        api.renameFolder(f.ref(), root + "sub", root + "folder");
        List<FileEntry> files = context().poller().until("both renames show", () -> api.files(f.ref()),
                l -> l.stream().anyMatch(e -> e.path().equals(root + "renamed.bin"))
                        && l.stream().anyMatch(e -> e.path().equals(root + "folder/b.bin")));
        assertThat(files).extracting(FileEntry::path).containsExactlyInAnyOrder(root + "renamed.bin", root + "folder/b.bin");
    }

    @Test
    @DisplayName("renaming a file the torrent does not have is refused, naming the path")
    void renamingAMissingFileIsRefused() {
        requires(Capability.RENAME_FILES, Capability.ADD_TORRENT_FILE, Capability.GET_TORRENT);
        Fixture f = Fixture.create(FixtureKind.V1);
        addStopped(f);
        assertThatThrownBy(() -> context().api().renameFile(f.ref(), f.name() + "/missing.bin", f.name() + "/x.bin"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing.bin");
    }
}
