/** Hydrates the gallery in the browser, as Remix hydrates a page. */
import { hydrateRoot } from "react-dom/client";
import { Gallery } from "./gallery";

const root = document.getElementById("root");
if (root) {
  hydrateRoot(root, <Gallery />, {
    onRecoverableError: (error) => {
      (window as unknown as { galleryErrors: string[] }).galleryErrors.push(String(error));
    },
  });
  requestAnimationFrame(() => document.documentElement.setAttribute("data-hydrated", "true"));
}
