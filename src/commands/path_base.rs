//! `--path-base`: the prefix that turns a project path into a path relative to another folder, so that the
//! annotations of a project inside a larger repository name the files as the repository does.

use std::path::{Component, Path};

/// The prefix (empty, or ending in `/`) that leads from `base` to `root`; both canonical. `..` where `root` is not
/// inside `base`; always `/` between parts.
pub fn prefix(base: &Path, root: &Path) -> String {
    let b: Vec<Component> = base.components().collect();
    let r: Vec<Component> = root.components().collect();
    let common = b.iter().zip(&r).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = b[common..].iter().map(|_| "..".to_string()).collect();
    parts.extend(
        r[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    if parts.is_empty() {
        String::new()
    } else {
        format!("{}/", parts.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::prefix;
    use std::path::Path;

    #[test]
    fn prefixes_lead_from_the_base_to_the_project() {
        let p = |b: &str, r: &str| prefix(Path::new(b), Path::new(r));
        assert_eq!(p("/repo", "/repo"), "");
        assert_eq!(p("/repo", "/repo/laporan/sumsel"), "laporan/sumsel/");
        assert_eq!(
            p("/repo/laporan/sumsel/data", "/repo/laporan/sumsel"),
            "../"
        );
        assert_eq!(p("/repo/a", "/repo/b/c"), "../b/c/");
        assert_eq!(p("/", "/srv/p"), "srv/p/");
    }
}
