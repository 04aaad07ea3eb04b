const config = {
  plugins: {
    '@tailwindcss/postcss': {},
    // Korean glyphs come in many Pretendard subsets. `optional` lets a paint use the
    // system's Korean font instead of waiting (or re-laying out) for them; once cached,
    // Pretendard is used from the next page on.
    'postcss-font-display': { test: 'Pretendard', display: 'optional', replace: true },
  },
};

export default config;
