import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// As `npm create vite` writes it: nothing about contour-heatmap or its worker.
export default defineConfig({ plugins: [react()] });
