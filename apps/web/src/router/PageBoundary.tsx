import { Component, type ErrorInfo, type ReactNode } from "react";
import { retryFailedPages } from "./lazy-page.tsx";
import { PageError } from "./PageError.tsx";

interface PageBoundaryProps {
  /** The page's path: moving to another page clears a failure, so the way back works. */
  path: string;
  children: ReactNode;
}

/**
 * Catches a page that fails to render (or whose code failed to load), so the header, the menu and the footer stay and
 * the person gets a way back instead of a blank app.
 */
export class PageBoundary extends Component<PageBoundaryProps, { failedOn: string | undefined }> {
  override state = { failedOn: undefined as string | undefined };

  static getDerivedStateFromError(): { failedOn: string } {
    return { failedOn: window.location.pathname };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Only the error's own message and where it happened: never the page's data, which may be health data.
    console.error("A page failed to render:", error instanceof Error ? error.message : String(error), info.componentStack);
  }

  override render(): ReactNode {
    const { failedOn } = this.state;
    if (failedOn !== undefined && failedOn === window.location.pathname) {
      const retry = () => {
        retryFailedPages();
        this.setState({ failedOn: undefined });
      };
      return <PageError retry={retry} />;
    }
    return this.props.children;
  }
}
