//! Build script: on Windows, puts the application icon and version information into
//! `smtp-doctor.exe` (Explorer, the taskbar, the Start menu and "Apps & features" show them).
//! Elsewhere it does nothing; `winresource` is a build dependency on Windows hosts only.

fn main() {
    // Without this line Cargo would re-run the script after any change in the package.
    println!("cargo::rerun-if-changed=build.rs");
    #[cfg(windows)]
    windows::embed_resources();
}

#[cfg(windows)]
mod windows {
    /// Compiles `assets/smtp-doctor.ico` and the version block into a resource file and
    /// links it into the binary (MSVC: `rc.exe` from the Windows SDK).
    pub fn embed_resources() {
        println!("cargo::rerun-if-changed=assets/smtp-doctor.ico");
        // The build script runs on the host; only a Windows target gets the resource.
        if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
            return;
        }
        let mut res = winresource::WindowsResource::new();
        res.set_icon("assets/smtp-doctor.ico")
            .set("ProductName", "smtp-doctor")
            .set("FileDescription", "smtp-doctor - why won't my e-mail send?")
            .set("InternalName", "smtp-doctor")
            .set("OriginalFilename", "smtp-doctor.exe")
            .set("LegalCopyright", "MIT OR Apache-2.0");
        if let Err(e) = res.compile() {
            panic!("could not embed the Windows icon and version info: {e}");
        }
    }
}
